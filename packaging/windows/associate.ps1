# 银龄台账: file associations for the current Windows user, as the Linux .deb's desktop
# entry gives them (packaging/deb.py). Copied beside yinling-gui.exe by packaging/yinling.spec.
#
#   .ylpkg  a plan package from the county: double-click opens it in the program
#   .xlsx   the program is offered under 打开方式 / "Open with" for the reports it exports
#           (opened in its import); the office's spreadsheet program stays the default
#
# Run once after unzipping the folder where it will stay (no administrator needed: it writes
# under HKEY_CURRENT_USER\Software\Classes):
#   powershell -ExecutionPolicy Bypass -File associate.ps1          # register
#   powershell -ExecutionPolicy Bypass -File associate.ps1 -Remove  # take them away again
param([switch]$Remove)
$ErrorActionPreference = "Stop"
$exe = Join-Path $PSScriptRoot "yinling-gui.exe"
$classes = "HKCU:\Software\Classes"
$package, $report = "Yinling.Package", "Yinling.Report"

function Set-Key([string]$path, [string]$value, [string]$name = "(default)") {
    if (-not (Test-Path $path)) { New-Item -Path $path -Force | Out-Null }
    Set-ItemProperty -Path $path -Name $name -Value $value
}

if ($Remove) {
    foreach ($key in "$classes\.ylpkg", "$classes\$package", "$classes\$report") {
        if (Test-Path $key) { Remove-Item -Path $key -Recurse -Force }
    }
    $with = "$classes\.xlsx\OpenWithProgids"
    if (Test-Path $with) { Remove-ItemProperty -Path $with -Name $report -ErrorAction SilentlyContinue }
} else {
    if (-not (Test-Path $exe)) { throw "yinling-gui.exe is not beside this script: $exe" }
    Set-Key "$classes\.ylpkg" $package
    Set-Key "$classes\$package" "银龄台账方案包"
    Set-Key "$classes\$package\DefaultIcon" "`"$exe`",0"
    Set-Key "$classes\$package\shell\open\command" "`"$exe`" `"%1`""
    Set-Key "$classes\$report" "银龄台账报表"
    Set-Key "$classes\$report\DefaultIcon" "`"$exe`",0"
    Set-Key "$classes\$report\shell\open\command" "`"$exe`" `"%1`""
    Set-Key "$classes\.xlsx\OpenWithProgids" "" $report
}
# Explorer reads the associations again without a restart.
Add-Type -Namespace Win32 -Name Shell -MemberDefinition '[DllImport("shell32.dll")] public static extern void SHChangeNotify(int e, int f, System.IntPtr a, System.IntPtr b);'
[Win32.Shell]::SHChangeNotify(0x08000000, 0, [System.IntPtr]::Zero, [System.IntPtr]::Zero)
Write-Output ($(if ($Remove) { "removed" } else { "registered" }) + ": .ylpkg -> $exe")

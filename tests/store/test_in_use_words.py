"""The second instance's refusal names who holds the data file in words (issue 17, item 11):
"本机另一个银龄台账（进程号 29331）", or the other computer by name — not "进程 29331，vm"."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from desktop import messages
from desktop.store.datafile import DataFile
from desktop.store.errors import DataFileLocked


def refusal(path: Path) -> str:
    with pytest.raises(DataFileLocked) as refused:
        DataFile.open(path)
    return str(refused.value)


def test_held_on_this_computer(tmp_path: Path) -> None:
    path = tmp_path / "daba.sqlite"
    with DataFile.open(path, create=True):
        words = refusal(path)
    assert f"本机上的另一个银龄台账（进程号 {os.getpid()}）" in words
    assert "自今天 " in words and "请先关闭那个窗口" in words
    assert socket.gethostname() not in words.replace(str(path), "")
    assert f"进程 {os.getpid()}，" not in words


def test_held_on_another_computer(tmp_path: Path) -> None:
    """A data file on a shared folder, open on the office's other computer."""
    path = tmp_path / "daba.sqlite"
    with DataFile.open(path, create=True):
        note = path.with_name(path.name + ".lock")
        note.write_text(json.dumps({"pid": 4242, "host": "办公室二号机", "since": "2025-04-01 09:30:12"}),
                        encoding="utf-8")
        words = refusal(path)
        messages.set_language("en")
        english = refusal(path)
    assert "计算机“办公室二号机”上的银龄台账自2025-04-01 09:30起" in words
    assert "4242" not in words and "本机" not in words
    assert "on the computer “办公室二号机” has been using it since 2025-04-01 09:30" in english


def test_holder_unknown(tmp_path: Path) -> None:
    path = tmp_path / "daba.sqlite"
    with DataFile.open(path, create=True):
        path.with_name(path.name + ".lock").write_text("", encoding="utf-8")
        words = refusal(path)
    assert words == f"数据文件 {path} 已在另一个银龄台账窗口或命令中打开。请先关闭它再试。"

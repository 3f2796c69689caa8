"""银龄台账 (Yinling Ledger): quarterly reporting on local ageing-population plans."""

__version__ = "0.1.0"

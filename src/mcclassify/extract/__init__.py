"""Rule-based extraction of stated facts (workload, level, other standard elements)."""
from .elements import extract_elements
from .level import extract_level
from .workload import extract_workload

__all__ = ["extract_workload", "extract_level", "extract_elements"]

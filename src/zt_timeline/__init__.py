"""zt: a sourced timeline and fact-lookup tool."""

__version__ = "1.0.0"

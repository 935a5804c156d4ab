"""Rendering: what each command prints, in every output format.

Builders (views.py and the other *_views.py) turn core results into an Output (output.py); the
writers (emit.py) print it. Nothing here is imported by the core.
"""

"""mockint: practise job interviews alone in the terminal and get honest, specific feedback."""

__version__ = "0.1.0"

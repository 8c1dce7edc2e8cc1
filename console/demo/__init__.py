"""Demo data: a province's users and a realistic spread of reports in every state."""

from console.demo.generate import DemoResult, generate_demo

__all__ = ["DemoResult", "generate_demo"]

"""Start the IOC field-report console, or run an administrator's command (`main.py --help`)."""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())

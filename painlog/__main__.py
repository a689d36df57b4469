"""`python -m painlog` — the same as the `painlog` command."""

import sys

from painlog.cli import main

sys.exit(main())

"""`python -m bot.cli …`: the `newsbrief` command, for a checkout run without the installed script."""

import sys

from bot.cli import main

sys.exit(main())

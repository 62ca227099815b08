"""`python -m editor_app` is the same as the `frontdesk` command."""

import sys

from editor_app.cli import main

sys.exit(main())

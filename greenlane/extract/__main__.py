"""`python -m greenlane.extract --format jsonl PATH...`"""

from .cli import main

raise SystemExit(main())

"""newsbrief's edges: the Telegram bot, the CLI, fetching, and the service layer they share."""

"""The Telegram bot, and a local Bot API emulator to run and test it without a Telegram account.

`app.build_application` builds the python-telegram-bot `Application` (handlers in `handlers`, replies rendered
by `render` and split by `split`); `emulator` is a Bot API server on 127.0.0.1 the same application can poll;
`chat` is the terminal chat behind `newsbot chat`. Telegram types stay inside this package: the answer layer
hands over plain `Answer` objects.
"""

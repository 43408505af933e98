"""newsbot: ask a news article who said what, and when, and get back the article's own words."""

__version__ = "0.1.0"

__all__ = ["__version__"]

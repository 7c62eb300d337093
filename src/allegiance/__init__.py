"""allegiance: who backs, allies with, opposes and attacks whom, from the news."""

__version__ = "0.1.0"

"""voicecoach: a voice role-play trainer for phone skills."""

__version__ = "0.1.0"

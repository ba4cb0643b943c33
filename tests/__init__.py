"""voicecoach's tests (a package, so helper modules are imported as ``tests.helpers.*``)."""

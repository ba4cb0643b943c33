"""Shared test helpers: fakes, literal data and servers used by tests in several folders."""

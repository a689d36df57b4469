"""Qt widgets only: they get repositories through their constructors and never write SQL."""

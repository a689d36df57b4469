"""What each page decides, without Qt: the state it holds, its rules, what it writes, and what it tells its view.

A presenter imports the domain only (never Qt, never storage): it talks to its page through a view protocol
and to the diary through repository protocols, so its rules are tested with a fake view and fake repositories.
"""

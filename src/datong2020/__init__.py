"""datong2020."""

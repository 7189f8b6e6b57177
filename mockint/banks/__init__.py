"""Question banks: TOML files, validated into :class:`~mockint.banks.model.Bank` objects."""

"""Qt widgets, dialogs and item models: no SQL, no business rules."""

"""One screen each. A screen owns its widgets and its Qt item models and calls services in models/."""

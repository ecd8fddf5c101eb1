"""The shell around the screens: main window, navigation, log-in, settings, error dialog."""

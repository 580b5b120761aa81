"""The operations feature's screens: backups (status, list, restore), moving the database to
a server, Excel export buttons and the legacy register import."""

button-expired = This button no longer works. Send /menu to start again.

button-expired = This button no longer works. Write /menu to start again.

"""The frozen app's entry point (PyInstaller runs this file as ``__main__``): the same as ``nn-playground``."""

import multiprocessing
import sys

from playground.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start another app (Windows, macOS spawn)
    sys.exit(main())

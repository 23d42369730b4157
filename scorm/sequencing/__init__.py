"""SCORM 2004 sequencing and navigation: manifest definitions and the sequencing engine."""

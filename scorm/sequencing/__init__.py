"""SCORM 2004 sequencing: manifest definitions and the sequencing engine."""

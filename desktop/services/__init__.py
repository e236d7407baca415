"""Application services: what the UI and the command line ask of storage and the CRM."""

"""`make loadtest`: simulated learners against gunicorn on PostgreSQL and Redis, with faults injected."""

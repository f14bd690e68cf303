"""Use cases: one module per thing a person does (capture, track, drafting, printing, sending, the
practice...). The command line and the web page call these; they never print and never read the clock."""

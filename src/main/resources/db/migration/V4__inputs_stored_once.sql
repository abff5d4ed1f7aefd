-- A run's input figures are the import version it names (evaluation_run.import_id); they are no longer copied per run.
drop table run_figure;

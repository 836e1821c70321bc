ABORT = "abort"=

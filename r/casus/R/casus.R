#' Directed dyad-years, as `casus dyads` writes them, as a data.frame.
#'
#' @param data_dir the research data directory (default: the CASUS_DATA environment variable)
#' @param years years to compute (default: every year of the system)
#' @param names "ps13" (peacesciencer 1.3 FPSIM names and definitions), "haege" or "all"
#' @param system "cow" or "gw"
#' @param mry carry the states of the data's last day on to the last complete year
#' @param add covariates: any of "majors", "nmc", "mids", "wars", "all"
#' @param states keep only rows with one of these states
#' @param atop,similarity which column groups to compute
#' @param threads worker threads (0: every core)
#' @return a data.frame; integer columns use NA_integer_, real columns NA
dyads <- function(data_dir = NULL, years = NULL, names = "ps13", system = "cow", mry = FALSE,
                  add = character(), states = integer(), atop = TRUE, similarity = TRUE, threads = 0L) {
  if (is.null(data_dir)) data_dir <- Sys.getenv("CASUS_DATA", "")
  if (is.null(years)) years <- integer()
  .Call(casus_dyads_r, as.character(data_dir), as.integer(years), as.character(names), as.character(system),
        as.logical(mry), as.character(add), as.integer(states), as.logical(atop), as.logical(similarity),
        as.integer(threads))
}

#' Adds casus's alliance-similarity columns to a dyad-year data frame, like
#' peacesciencer's add_*() functions: a left join on ccode1, ccode2, year that
#' keeps the rows and their order (works in a dplyr/magrittr pipe).
add_casus_similarity <- function(data, data_dir = NULL, names = "ps13", mry = TRUE) {
  stopifnot(all(c("ccode1", "ccode2", "year") %in% colnames(data)))
  yrs <- sort(unique(as.integer(data$year)))
  sim <- dyads(data_dir = data_dir, years = yrs, names = names, mry = mry, atop = FALSE)
  key <- function(a, b, y) (as.numeric(a) * 1000 + as.numeric(b)) * 10000 + as.numeric(y)
  at <- match(key(data$ccode1, data$ccode2, data$year), key(sim$ccode1, sim$ccode2, sim$year))
  for (col in setdiff(colnames(sim), c("ccode1", "ccode2", "year"))) data[[col]] <- sim[[col]][at]
  data
}

#' Evaluates a scenario file against the treaty corpus: the engine's JSON report
#' (docs/json-output.md) as nested lists.
#'
#' @param reading "literal", "self-defence" or "both" (default: the scenario's own)
#' @param policy "all", "automatic-only" or "both"
#' @param corpus the corpus directory (default: CASUS_CORPUS, else the repository's corpus/)
evaluate <- function(scenario, reading = NULL, policy = NULL, corpus = NULL) {
  if (is.null(corpus)) corpus <- Sys.getenv("CASUS_CORPUS", "")
  .Call(casus_evaluate_r, as.character(scenario), if (is.null(reading)) "" else as.character(reading),
        if (is.null(policy)) "" else as.character(policy), as.character(corpus))
}

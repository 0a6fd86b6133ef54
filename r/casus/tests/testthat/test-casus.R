data_dir <- Sys.getenv("CASUS_TEST_DATA_DIR", "")
source_dir <- Sys.getenv("CASUS_SOURCE_DIR", "")
have_data <- dir.exists(file.path(data_dir, "atop-5.1"))

test_that("dyads() returns a data.frame with peacesciencer 1.3 columns and no false dyads", {
  skip_if_not(have_data, paste("research data absent:", data_dir))
  df <- casus::dyads(data_dir = data_dir, years = c(1914, 1975))
  expect_s3_class(df, "data.frame")
  expect_equal(colnames(df)[1:3], c("ccode1", "ccode2", "year"))
  expect_true(all(c("sallyvus", "sallyvwa", "pallyv", "kallyv", "kallyb", "taub") %in% colnames(df)))
  expect_type(df$ccode1, "integer")
  expect_equal(sum(df$year == 1914), 45 * 44)
  expect_false(any(df$ccode1 == 115 & df$ccode2 == 817))
  expect_equal(df$atop_defense[df$ccode1 == 255 & df$ccode2 == 300 & df$year == 1914], 1L)
})

test_that("NA is NA: ATOP after 2018 with mry", {
  skip_if_not(have_data, paste("research data absent:", data_dir))
  df <- casus::dyads(data_dir = data_dir, years = 2019, mry = TRUE, similarity = FALSE)
  expect_true(all(is.na(df$atop_defense)))
})

test_that("add_casus_similarity() joins on ccode1, ccode2, year and keeps rows and order", {
  skip_if_not(have_data, paste("research data absent:", data_dir))
  mine <- data.frame(ccode1 = c(2L, 255L, 2L, 999L), ccode2 = c(20L, 365L, 200L, 2L), year = c(1990L, 1914L, 1950L, 1990L),
                     myvar = c("a", "b", "c", "d"))
  out <- casus::add_casus_similarity(mine, data_dir = data_dir)
  expect_equal(nrow(out), 4)
  expect_equal(out$myvar, mine$myvar)
  full <- casus::dyads(data_dir = data_dir, years = 1914, atop = FALSE)
  expect_equal(out$kallyv[2], full$kallyv[full$ccode1 == 255 & full$ccode2 == 365])
  expect_true(is.na(out$kallyv[4]))  # no such state: no match, NA as in a left join
})

test_that("bad arguments are errors", {
  expect_error(casus::dyads(data_dir = data_dir, names = "nope"), "names")
})

test_that("evaluate() returns a list", {
  scenario <- file.path(source_dir, "examples", "korea-2025-attack-on-dprk.toml")
  r <- casus::evaluate(scenario, reading = "literal", corpus = file.path(source_dir, "corpus"))
  expect_type(r, "list")
  expect_false(is.null(r$schema))
  expect_error(casus::evaluate(scenario, reading = "sideways", corpus = file.path(source_dir, "corpus")), "reading")
})

# Independent R (data.table) implementation of `casus dyads` for a sample of
# years, from the same raw files; compares it with casus's CSV output.
#
# Usage: Rscript compare_r.R DATA_DIR CASUS_CSV YEAR [YEAR ...]
# Prints, per column, the largest absolute difference and the number of rows
# where exactly one side is NA; then the R computation time (seconds) on the
# last line as "r_seconds=<t>".
#
# Both column sets are compared (casus runs with --names all). Algorithms
# deliberately differ from the C++ ones:
#  - S, kappa, pi from matrix products (|a-b| = sum_t |[a>=t]-[b>=t]| on 0..3),
#    with a mask of observed cells for peacesciencer 1.3's complete cases,
#  - tau-b from R's cor(method = "kendall") (the pair-count definition),
#  - false dyads from the states2016.csv day spans (a self-join on overlaps),
# while the ATOP rules (codebook 2.7, obvary guarantee rule, ATOP valued scale,
# self-tie 3) are the ones documented in docs/research.md.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
dd <- args[1]; casus_csv <- args[2]; years <- as.integer(args[-(1:2)])

t0 <- proc.time()[["elapsed"]]
m <- fread(file.path(dd, "atop-5.1/atop5_1m.csv"))
sys <- fread(file.path(dd, "cow-states-2016/system2016.csv"))
spells <- fread(file.path(dd, "cow-states-2016/states2016.csv"))
spells[, `:=`(from = styear * 10000L + stmonth * 100L + stday, to = endyear * 10000L + endmonth * 100L + endday)]
nmc <- fread(file.path(dd, "cow-nmc-6.0/NMC-60-abridged.csv"))
nmc[cinc == -9, cinc := NA]

ob <- c("defense", "offense", "neutral", "nonagg", "consul")
m[, last := fifelse(yrexit == 0, 2018L, as.integer(yrexit))]
m[, (paste0("all_", ob)) := lapply(.SD, function(v) all(v == 1)), by = .(atopid, phase), .SDcols = ob]
keep <- c("atopid", "phase", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "last",
          "obvary", ob, paste0("all_", ob))
p <- merge(m[, ..keep], m[, ..keep], by = c("atopid", "phase"), allow.cartesian = TRUE, suffixes = c(".a", ".b"))
p <- p[member.a != member.b]
before <- function(y1, m1, d1, y2, m2, d2) {
  fifelse(y1 != y2, y1 < y2, fifelse(m1 != m2, m1 < m2, fifelse(is.na(d1) | is.na(d2), FALSE, d1 < d2)))
}
p <- p[!((yrexit.a != 0 & before(yrexit.a, moexit.a, dayexit.a, yrent.b, moent.b, dayent.b)) |
         (yrexit.b != 0 & before(yrexit.b, moexit.b, dayexit.b, yrent.a, moent.a, dayent.a)))]
for (k in ob) {
  a <- p[[paste0(k, ".a")]] == 1; b <- p[[paste0(k, ".b")]] == 1; all_k <- p[[paste0("all_", k, ".a")]]
  set(p, j = k, value = as.integer(a & !(p$obvary.a == 1 & !all_k & b)))
}
p[, from := pmax(yrent.a, yrent.b, 1815L)]
p[, to := pmin(last.a, last.b, 2018L)]

tie_value <- function(d, o, n, na, c) fifelse(d | o, 3L, fifelse(n | c, 2L, fifelse(na, 1L, 0L)))

out <- list()
for (y in years) {
  st <- sort(sys[year == y, ccode]); n <- length(st)
  dy <- p[from <= y & to >= y, lapply(.SD, max), by = .(member.a, member.b), .SDcols = ob]
  dy <- dy[member.a %in% st & member.b %in% st]
  # Directed ATOP columns for every ordered pair.
  g <- CJ(ccode1 = st, ccode2 = st)[ccode1 != ccode2]
  g <- merge(g, dy, by.x = c("ccode1", "ccode2"), by.y = c("member.a", "member.b"), all.x = TRUE)
  for (k in ob) set(g, i = which(is.na(g[[k]])), j = k, value = 0L)
  setnames(g, ob, paste0("atop_", ob))
  # Valued, non-directed ties; self-tie 3.
  T <- matrix(0L, n, n); diag(T) <- 3L
  if (nrow(dy)) {
    v <- tie_value(dy$defense == 1, dy$offense == 1, dy$neutral == 1, dy$nonagg == 1, dy$consul == 1)
    ia <- match(dy$member.a, st); ib <- match(dy$member.b, st)
    for (r in seq_along(v)) {
      T[ia[r], ib[r]] <- max(T[ia[r], ib[r]], v[r]); T[ib[r], ia[r]] <- max(T[ib[r], ia[r]], v[r])
    }
  }
  w <- nmc[year == y][match(st, ccode), cinc]; w[is.na(w)] <- 0
  Tm <- T * 1.0
  s <- rowSums(Tm); ss <- rowSums(Tm^2)
  ssd <- outer(ss, ss, "+") - 2 * tcrossprod(Tm)
  sad <- matrix(0, n, n); sadw <- matrix(0, n, n)
  for (t in 1:3) {
    B <- (T >= t) * 1.0; r <- rowSums(B); rw <- drop(B %*% w)
    sad <- sad + outer(r, r, "+") - 2 * tcrossprod(B)
    sadw <- sadw + outer(rw, rw, "+") - 2 * (B %*% (w * t(B)))
  }
  B1 <- (T >= 1) * 1.0; b <- rowSums(B1); bw <- drop(B1 %*% w)
  bsd <- outer(b, b, "+") - 2 * tcrossprod(B1)
  bsdw <- outer(bw, bw, "+") - 2 * (B1 %*% (w * t(B1)))
  W <- sum(w)
  na_if_zero <- function(num, den) { r <- 1 - num / den; r[den == 0] <- NA; r }
  res <- list(
    taub = suppressWarnings(cor(T, method = "kendall")),
    srsvas = 1 - 2 * ssd / (n * 9),
    srsvaa = 1 - 2 * sad / (n * 3),
    srswvaa = if (W > 0) 1 - 2 * sadw / (3 * W) else matrix(NA_real_, n, n),
    kappava = na_if_zero(n * ssd, n * outer(ss, ss, "+") - 2 * outer(s, s)),
    piva = na_if_zero(2 * n * ssd, 2 * n * outer(ss, ss, "+") - outer(s, s, "+")^2),
    srsba = 1 - 2 * bsd / n,
    srswba = if (W > 0) 1 - 2 * bsdw / W else matrix(NA_real_, n, n),
    kappaba = na_if_zero(n * bsd, n * outer(b, b, "+") - 2 * outer(b, b)),
    piba = na_if_zero(2 * n * bsd, 2 * n * outer(b, b, "+") - outer(b, b, "+")^2))
  names(res)[names(res) == "taub"] <- "taub_haege"

  # peacesciencer 1.3 (fpsim's build): directed own-obligation ties, self-tie 3, NA for a
  # pair never in the system on the same day (a false dyad), complete cases per pair.
  sp <- spells[ccode %in% st & styear <= y & endyear >= y,
               .(ccode, lo = pmax(from, y * 10000L + 101L), hi = pmin(to, y * 10000L + 1231L))]
  ij <- CJ(i = seq_len(nrow(sp)), j = seq_len(nrow(sp)))
  ij <- ij[sp$lo[i] <= sp$hi[j] & sp$lo[j] <= sp$hi[i]]
  ov <- data.table(a = sp$ccode[ij$i], b = sp$ccode[ij$j])
  Co <- matrix(FALSE, n, n); Co[cbind(match(ov$a, st), match(ov$b, st))] <- TRUE; diag(Co) <- TRUE
  V <- matrix(0L, n, n); diag(V) <- 3L
  if (nrow(dy)) {
    v <- tie_value(dy$defense == 1, dy$offense == 1, dy$neutral == 1, dy$nonagg == 1, dy$consul == 1)
    V[cbind(match(dy$member.a, st), match(dy$member.b, st))] <- v
  }
  V[!Co] <- NA
  M <- (!is.na(V)) * 1.0                       # observed cells
  X <- V; X[is.na(X)] <- 0L; X <- X * 1.0
  nn <- tcrossprod(M)                          # complete cases per pair
  I <- lapply(0:3, function(k) (X == k & M == 1) * 1.0)
  Bx <- (X >= 1) * M; Bn <- (X == 0) * M
  wk <- nmc[year == y][match(st, ccode), cinc]
  wobs <- !is.na(wk); w0 <- ifelse(wobs, wk, 0)
  absdiff <- function(A, Wt) {                 # sum_k Wt_k M_ik M_jk |A_ik - A_jk| for 0/1 A
    (A * rep(Wt, each = n)) %*% t(M) + M %*% t(A * rep(Wt, each = n)) - 2 * (A * rep(Wt, each = n)) %*% t(A)
  }
  one <- rep(1, n)
  sadv <- Reduce(`+`, lapply(1:3, function(t) absdiff((X >= t) * M, one)))
  ssdv <- (X^2) %*% t(M) + M %*% t(X^2) - 2 * tcrossprod(X)
  sadb <- absdiff(Bx, one)
  wsum <- (M * rep(w0, each = n)) %*% t(M)
  sadvw <- Reduce(`+`, lapply(1:3, function(t) absdiff((X >= t) * M, w0)))
  sadbw <- absdiff(Bx, w0)
  pi_nominal <- function(Ind) {                # (4 n A - sum m^2) / (4 n^2 - sum m^2)
    A <- Reduce(`+`, lapply(Ind, tcrossprod))
    m2 <- Reduce(`+`, lapply(Ind, function(Iv) (Iv %*% t(M) + M %*% t(Iv))^2))
    den <- 4 * nn^2 - m2; r <- (4 * nn * A - m2) / den; r[den == 0] <- NA; r
  }
  kappa_scored <- function(Ind, score) {       # 1 - n sum d^2 N / sum d^2 r c, per pair
    obs <- 0; expct <- 0
    for (a in seq_along(Ind)) for (b in seq_along(Ind)) {
      d2 <- (score[[a]] - score[[b]])^2
      obs <- obs + d2 * tcrossprod(Ind[[a]], Ind[[b]])
      expct <- expct + d2 * (Ind[[a]] %*% t(M)) * (M %*% t(Ind[[b]]))
    }
    r <- 1 - nn * obs / expct; r[expct == 0] <- NA; r
  }
  present <- lapply(I, function(Iv) (Iv %*% t(M) + M %*% t(Iv)) > 0)
  rank_of <- lapply(1:4, function(a) if (a == 1) matrix(0, n, n) else Reduce(`+`, lapply(present[1:(a - 1)], function(p) p * 1)))
  psych <- kappa_scored(I, rank_of)
  psych[Reduce(`+`, lapply(present, function(p) p * 1)) < 2] <- NA
  noweight <- all(!wobs)
  res13 <- list(
    sallyvus = 1 - 2 * ssdv / (nn * 9), sallyvua = 1 - 2 * sadv / (nn * 3),
    sallybus = 1 - 2 * sadb / nn, sallybua = 1 - 2 * sadb / nn,
    sallyvwa = if (noweight) matrix(NA_real_, n, n) else 1 - 2 * sadvw / (3 * wsum),
    sallybwa = if (noweight) matrix(NA_real_, n, n) else 1 - 2 * sadbw / wsum,
    pallyv = pi_nominal(I), pallyb = pi_nominal(list(Bn, Bx)),
    kallyv = kappa_scored(I, as.list(0:3)), kallyb = kappa_scored(list(Bn, Bx), list(0, 1)),
    taub = suppressWarnings(cor(t(V), method = "kendall")),   # NA where a portfolio has an NA, as in fpsim
    kallyv_psych = psych)
  res <- c(res13, res)

  g <- g[Co[cbind(match(ccode1, st), match(ccode2, st))]]   # false dyads have no row
  i1 <- match(g$ccode1, st); i2 <- match(g$ccode2, st)
  for (nm in names(res)) set(g, j = nm, value = res[[nm]][cbind(i1, i2)])
  g[, year := y]
  out[[length(out) + 1]] <- g
}
r <- rbindlist(out)
r_seconds <- proc.time()[["elapsed"]] - t0

cz <- fread(casus_csv, na.strings = "NA")
cols <- setdiff(names(r), c("ccode1", "ccode2", "year"))
j <- merge(r, cz, by = c("ccode1", "ccode2", "year"), suffixes = c(".r", ".c"))
cat(sprintf("rows: R %d, casus %d, matched %d\n", nrow(r), nrow(cz), nrow(j)))
worst <- 0
for (k in cols) {
  a <- j[[paste0(k, ".r")]]; b <- j[[paste0(k, ".c")]]
  both <- !is.na(a) & !is.na(b)
  d <- if (any(both)) max(abs(a[both] - b[both])) else 0
  worst <- max(worst, d)
  cat(sprintf("%-14s max|diff| = %.3g   NA mismatches = %d\n", k, d, sum(is.na(a) != is.na(b))))
}
cat(sprintf("largest absolute difference over all columns: %.3g\n", worst))
cat(sprintf("r_seconds=%.3f\n", r_seconds))

/* etf.c: to be written */
typedef int beamc_placeholder_etf;

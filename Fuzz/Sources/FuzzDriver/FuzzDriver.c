// Only the header matters: it declares libFuzzer's driver for Swift. SwiftPM needs one C file per C target.
#include "FuzzDriver.h"

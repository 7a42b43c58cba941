#include "ReconcileSupport.h"

int main() { return 0; }

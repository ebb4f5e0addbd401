// ejournal-server: everything lives in the server library (server/cli.cpp).
#include "cli.h"

int main(int argc, char **argv)
{
    return ejournal::server::serverMain(argc, argv);
}

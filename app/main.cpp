#include "cli/application.h"

int main(int argc, char **argv)
{
    return md::cli::run(argc, argv);
}

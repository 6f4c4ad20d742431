#include "test_support.h"

#include "data/generator.h"
#include "data/importer.h"
#include "data/store.h"
#include "sync/auth.h"
#include "sync/clock.h"
#include "sync/engine.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace relais::test {
namespace fs = std::filesystem;

std::string quote(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::vector<Category> seed_categories() {
    const char* source = std::getenv("RELAIS_SOURCE_DIR");
    const fs::path file = fs::path(source && *source ? source : RELAIS_SOURCE_DIR_DEFAULT) /
                          "data" / "seed" / "categories.json";
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<Problem> problems;
    auto categories = parse_categories(text.str(), problems);
    if (!problems.empty() || categories.empty())
        throw std::runtime_error("cannot read " + file.string());
    return categories;
}

Directory test_directory(int services) {
    return generate_directory(services, 42, seed_categories());
}

TestServer::TestServer(TestServerSetup setup) : db_(dir_ / "server.sqlite") {
    {
        Database db = Database::open(db_);
        Store(db).replace_directory(test_directory(setup.services));
    }
    setup.handler.database = db_;
    handler_ = std::make_unique<sync::Handler>(setup.handler, metrics_);
    setup.server.address = "127.0.0.1";
    setup.server.port = 0;
    server_ = std::make_unique<sync::Server>(setup.server, *handler_, metrics_);
    server_->start();
}

TestServer::~TestServer() {
    server_->stop();
    server_->join();
}

void add_account(const fs::path& db_path, const std::string& user, const std::string& organization,
                 Role role, const std::string& password) {
    Database db = Database::open(db_path);
    Account account;
    account.user = user;
    account.organization_id = organization;
    account.role = role;
    account.password_hash = sync::hash_password(password);
    account.created_at = sync::now_iso8601();
    Accounts(db).add(account);
}

std::string login_token(const std::string& url, const std::string& user,
                        const std::string& password) {
    return sync::login(url, user, password).token;
}

Outcome run_command(const std::string& command, const std::string& input, const fs::path& dir) {
    const fs::path in = dir / "stdin.txt";
    write_file(in, input);
    const std::string line = command + " < " + quote(in.string()) + " > " +
                             quote((dir / "out").string()) + " 2> " + quote((dir / "err").string());
    const int raw = std::system(line.c_str());
    Outcome result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    result.out = read_file(dir / "out");
    result.err = read_file(dir / "err");
    return result;
}

ServerProcess::ServerProcess(std::vector<std::string> argv) {
    int out[2];
    if (::pipe(out) != 0)
        throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ == 0) {
        ::dup2(out[1], 1);
        ::close(out[0]);
        std::vector<char*> args;
        for (auto& arg : argv)
            args.push_back(arg.data());
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(out[1]);
    // "listening on 127.0.0.1:PORT"
    char c = 0;
    while (::read(out[0], &c, 1) == 1 && c != '\n')
        listening_ += c;
    ::close(out[0]);
    const auto colon = listening_.rfind(':');
    if (!listening_.starts_with("listening on") || colon == std::string::npos) {
        signal_and_wait(SIGKILL);
        throw std::runtime_error("relais-server did not start: " + listening_);
    }
    port_ = static_cast<unsigned short>(std::stoi(listening_.substr(colon + 1)));
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0)
        signal_and_wait(SIGKILL);
}

int ServerProcess::signal_and_wait(int signal) {
    ::kill(pid_, signal);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
}

int connect_to(unsigned short port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::vector<int> hold_connections(TestServer& server, int count) {
    std::vector<int> held;
    for (int i = 0; i < count; ++i)
        held.push_back(connect_to(server.port()));
    for (int i = 0; i < 100 && server.metrics().connections() < count; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return held;
}

std::string read_all(int fd, int timeout_ms) {
    std::string data;
    char buffer[8192];
    for (;;) {
        pollfd poll_fd{fd, POLLIN, 0};
        if (::poll(&poll_fd, 1, timeout_ms) <= 0)
            return data;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return data;
        data.append(buffer, static_cast<std::size_t>(n));
    }
}

CuttingProxy::CuttingProxy(unsigned short upstream, long cut_after, int cut_connections)
    : upstream_(upstream), cut_after_(cut_after), cut_connections_(cut_connections) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0)
        throw std::runtime_error("proxy cannot listen");
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
}

CuttingProxy::~CuttingProxy() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    acceptor_.join();
    ::close(listener_);
    std::lock_guard lock(mutex_);
    for (auto& worker : workers_)
        worker.join();
}

void CuttingProxy::accept_loop() {
    for (;;) {
        pollfd poll_fd{listener_, POLLIN, 0};
        const int ready = ::poll(&poll_fd, 1, 50);
        if (stopping_)
            return;
        if (ready <= 0)
            continue;
        const int client = ::accept(listener_, nullptr, nullptr);
        if (client < 0)
            continue;
        std::lock_guard lock(mutex_);
        const bool cut = cut_connections_ < 0 || accepted_++ < cut_connections_;
        workers_.emplace_back([this, client, cut] { pump(client, cut ? cut_after_ : -1); });
    }
}

void CuttingProxy::pump(int client, long cut_after) {
    const int server = connect_to(upstream_);
    long sent_back = 0;
    char buffer[16384];
    while (server >= 0 && !stopping_) {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, 50) <= 0)
            continue;
        if (fds[0].revents) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0 || ::send(server, buffer, static_cast<std::size_t>(n), MSG_NOSIGNAL) != n)
                break;
        }
        if (fds[1].revents) {
            ssize_t n = ::recv(server, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            if (cut_after >= 0 && sent_back + n > cut_after)
                n = cut_after - sent_back;
            if (n > 0 && ::send(client, buffer, static_cast<std::size_t>(n), MSG_NOSIGNAL) != n)
                break;
            sent_back += n;
            if (cut_after >= 0 && sent_back >= cut_after)
                break;
        }
    }
    if (server >= 0)
        ::close(server);
    ::close(client);
}

} // namespace relais::test

import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird

/// Admin pages for accounts (within the admin's unit and the units inside it, with the store calls
/// the API's `OfficerRoutes` makes) and API keys (the province's admins).
struct ConsoleAccountRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/admin/officers`: the accounts in the admin's scope and the form for a new one.
    @Sendable func officers(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try await officersPage(request, context)
    }

    /// `POST /console/admin/officers`: a new account in the admin's scope.
    @Sendable func createOfficer(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let form = try context.postedForm()
        let choices = try await services.choices()
        let done = "/console/admin/officers"
        guard let role = form.text("role").flatMap(Role.init), let unit = choices.unitCode(form.text("unit")) else {
            return ConsolePage.redirect(
                done, Flash(.error, "Pilih unit dari daftar dan peran akun."), cookies: services.cookies)
        }
        try await services.requireCovers(unit, context)
        let password = form["password"] ?? ""
        if PasswordHasher.problem(with: password) != nil {
            return ConsolePage.redirect(
                done, Flash(.error, ConsoleMessages.passwordRule), cookies: services.cookies)
        }
        let username = form.text("username") ?? ""
        do {
            _ = try await services.officers.create(
                username: username, displayName: form.text("display_name") ?? username, unitCode: unit, role: role,
                passwordHash: try await services.passwords.hash(password), logger: context.logger)
        } catch WorkflowError.invalid(let field, _) {
            let text =
                field == "username"
                ? "Nama pengguna sudah dipakai atau tidak valid (3–64 huruf kecil, angka, titik, minus, garis bawah)."
                : "Unit tidak dikenal."
            return ConsolePage.redirect(done, Flash(.error, text), cookies: services.cookies)
        }
        return ConsolePage.redirect(
            done, Flash(.success, "Akun \(username.lowercased()) dibuat."), cookies: services.cookies)
    }

    /// `POST /console/admin/officers/:username/:change` (`disable`, `enable`, `reset-password`): for an
    /// account in the admin's scope.
    @Sendable func changeOfficer(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let username = try context.parameters.require("username")
        let form = try context.postedForm()
        let done = "/console/admin/officers"
        guard let account = try await services.officers.account(named: username, logger: context.logger) else {
            throw WorkflowError.notFound("no account \(username)")
        }
        try await services.requireCovers(account.unit, context)
        let admin = try context.session().officer
        let found: Bool
        let text: String
        switch try context.parameters.require("change") {
        case "disable":
            guard account.username != admin.username else {
                return ConsolePage.redirect(
                    done, Flash(.error, "Anda tidak dapat menonaktifkan akun sendiri."), cookies: services.cookies)
            }
            found = try await services.officers.disable(account.username, by: admin, logger: context.logger) != nil
            text = "Akun \(account.username) dinonaktifkan; sesinya berakhir."
        case "enable":
            found = try await services.officers.enable(account.username, logger: context.logger)
            text = "Akun \(account.username) diaktifkan."
        case "reset-password":
            let password = form["password"] ?? ""
            if PasswordHasher.problem(with: password) != nil {
                return ConsolePage.redirect(
                    done, Flash(.error, ConsoleMessages.passwordRule), cookies: services.cookies)
            }
            found = try await services.officers.setPasswordHash(
                try await services.passwords.hash(password), of: account.username, logger: context.logger)
            text = "Kata sandi \(account.username) diganti; sesinya berakhir."
        default:
            throw WorkflowError.notFound("no such change")
        }
        guard found else { throw WorkflowError.notFound("no account \(username)") }
        return ConsolePage.redirect(done, Flash(.success, text), cookies: services.cookies)
    }

    /// `GET /console/admin/keys`: the API keys, never the keys themselves.
    @Sendable func keys(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let rows = try await keyRows(context)
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) {
            KeysScreen(rows: rows).render(viewer: viewer, flash: $0)
        }
    }

    /// `POST /console/admin/keys`: a new key, shown on this answer and never again (no redirect carries it).
    @Sendable func createKey(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let name = try context.postedForm().text("name") ?? ""
        let viewer = try await services.viewer(context)
        do {
            let issued = try await services.apiKeys.issue(name: name, logger: context.logger)
            let screen = KeysScreen(rows: try await keyRows(context), issued: (issued.name, issued.key))
            return ConsolePage.response(screen.render(viewer: viewer))
        } catch let error as StoreError where error.kind == .configuration {
            return ConsolePage.redirect(
                "/console/admin/keys", Flash(.error, "Nama kunci wajib diisi (1–100 karakter) dan belum dipakai."),
                cookies: services.cookies)
        }
    }

    /// `POST /console/admin/keys/:name/revoke`: revokes a key by its name.
    @Sendable func revokeKey(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let name = try context.parameters.require("name")
        guard try await services.apiKeys.revoke(name: name, logger: context.logger) else {
            throw WorkflowError.notFound("no active key \(name)")
        }
        return ConsolePage.redirect(
            "/console/admin/keys", Flash(.success, "Kunci \(name) dicabut."), cookies: services.cookies)
    }

    func officersPage(_ request: Request, _ context: ConsoleRequestContext) async throws -> Response {
        let choices = try await services.choices()
        let scope = try await services.adminScope(context)
        let units = scope.units.map { Array($0).sorted() }
        let rows = try await services.officers.accounts(in: units, logger: context.logger).map { account in
            OfficersScreen.Row(
                username: account.username, displayName: account.displayName,
                unit: choices.unitName(account.unit) ?? account.unit, role: account.role,
                active: account.disabledAt == nil)
        }
        let viewer = try await services.viewer(context)
        let pickable = choices.units.filter { scope.covers($0.value) }
        return ConsolePage.render(request, cookies: services.cookies) {
            OfficersScreen(rows: rows, units: pickable).render(viewer: viewer, flash: $0)
        }
    }

    func keyRows(_ context: ConsoleRequestContext) async throws -> [KeysScreen.Row] {
        try await services.apiKeys.list(logger: context.logger).map {
            KeysScreen.Row(
                name: $0.name, prefix: $0.prefix, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt,
                revokedAt: $0.revokedAt)
        }
    }
}

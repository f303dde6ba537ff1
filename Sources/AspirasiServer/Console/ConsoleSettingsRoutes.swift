import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird

/// Admin pages for units' contact points, public holidays and service levels, checked as the API checks them.
struct ConsoleSettingsRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/admin/contacts`: a unit's contact points, once a unit is chosen.
    @Sendable func contacts(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let choices = try await services.choices()
        let wanted = request.uri.queryParameters["unit"].map(String.init)
        let unit = choices.unitCode(wanted)
        if wanted != nil, unit == nil { throw WorkflowError.notFound("no unit") }
        if let unit { try await services.requireCovers(unit, context) }
        let scope = try await services.adminScope(context)
        var rows: [UnitContact] = []
        if let unit { rows = try await services.contacts.list(unit: unit, logger: context.logger) }
        let screen = ContactsScreen(
            unit: unit.map { code in choices.units.first { $0.value == code } ?? Choice(code, code) },
            rows: rows.map {
                ContactsScreen.Row(
                    id: $0.id, role: $0.role, name: $0.name, channel: $0.channel, address: $0.address,
                    active: $0.active)
            },
            units: choices.units.filter { scope.covers($0.value) })
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) { screen.render(viewer: viewer, flash: $0) }
    }

    /// `POST /console/admin/contacts/:unit`: a new contact point, checked as the API checks it.
    @Sendable func addContact(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let unit = try context.parameters.require("unit")
        try await services.requireCovers(unit, context)
        let form = try context.postedForm()
        let page = Link.to("/console/admin/contacts", [("unit", unit)])
        let body = UnitContactRoutes.ContactBody(
            role: form.text("role"), name: form.text("name"), channel: form.text("channel"),
            address: form.text("address"))
        do {
            let (role, channel, address) = try UnitContactRoutes.validate(body)
            _ = try await services.contacts.add(
                unit: unit, role: role, name: body.name, channel: channel, address: address, logger: context.logger)
        } catch let error as APIError {
            let text =
                error.parameter == "address"
                ? "Alamat tidak cocok dengan kanal: nomor telepon internasional untuk SMS, alamat email untuk Email."
                : "Isi jabatan (1–60 karakter) dan pilih kanal."
            return ConsolePage.redirect(page, Flash(.error, text), cookies: services.cookies)
        }
        return ConsolePage.redirect(page, Flash(.success, "Kontak ditambahkan."), cookies: services.cookies)
    }

    /// `POST /console/admin/contacts/:unit/:id/deactivate`: stops notifications to a contact point.
    @Sendable func deactivateContact(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let unit = try context.parameters.require("unit")
        try await services.requireCovers(unit, context)
        let id = try context.parameters.require("id", as: Int.self)
        guard try await services.contacts.deactivate(id, unit: unit, logger: context.logger) else {
            throw WorkflowError.notFound("no contact \(id)")
        }
        return ConsolePage.redirect(
            Link.to("/console/admin/contacts", [("unit", unit)]), Flash(.success, "Kontak dihentikan."),
            cookies: services.cookies)
    }

    /// `GET /console/admin/holidays`: the public holidays.
    @Sendable func holidays(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let holidays = try await services.serviceLevels.holidays(logger: context.logger)
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) {
            HolidaysScreen(holidays: holidays.map { ($0.day, $0.name) }).render(viewer: viewer, flash: $0)
        }
    }

    /// `POST /console/admin/holidays`: adds or renames a holiday.
    @Sendable func setHoliday(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let form = try context.postedForm()
        guard let day = form.text("day").flatMap(CivilDay.init), let name = form.text("name"), name.count <= 200
        else {
            return ConsolePage.redirect(
                "/console/admin/holidays",
                Flash(.error, "Isi tanggal dan nama hari libur (paling banyak 200 karakter)."),
                cookies: services.cookies)
        }
        try await services.serviceLevels.setHoliday(day, name: name, logger: context.logger)
        return ConsolePage.redirect(
            "/console/admin/holidays", Flash(.success, "Hari libur \(day) disimpan."), cookies: services.cookies)
    }

    /// `POST /console/admin/holidays/:day/delete`: removes a holiday.
    @Sendable func removeHoliday(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        guard let day = CivilDay(try context.parameters.require("day")) else {
            throw WorkflowError.notFound("no holiday on that day")
        }
        guard try await services.serviceLevels.removeHoliday(day, logger: context.logger) else {
            throw WorkflowError.notFound("no holiday on \(day)")
        }
        return ConsolePage.redirect(
            "/console/admin/holidays", Flash(.success, "Hari libur \(day) dihapus."), cookies: services.cookies)
    }

    /// `GET /console/admin/service-levels`: every category's targets.
    @Sendable func serviceLevels(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let levels = try await services.serviceLevels.categories(logger: context.logger)
        let viewer = try await services.viewer(context)
        let rows = levels.map {
            ServiceLevelsScreen.Row(
                code: $0.code, name: $0.name, responseMinutes: $0.responseMinutes,
                completionMinutes: $0.completionMinutes, clock: $0.clock.rawValue)
        }
        return ConsolePage.render(request, cookies: services.cookies) {
            ServiceLevelsScreen(rows: rows).render(viewer: viewer, flash: $0)
        }
    }

    /// `POST /console/admin/service-levels/:code`: new targets for a category; open reports get new deadlines.
    @Sendable func setServiceLevel(_: Request, context: ConsoleRequestContext) async throws -> Response {
        try await services.requireProvinceAdmin(context)
        let code = try context.parameters.require("code")
        let form = try context.postedForm()
        let page = "/console/admin/service-levels"
        let body = ServiceLevelRoutes.TargetBody(
            responseMinutes: form.text("response_minutes").flatMap(Int.init),
            completionMinutes: form.text("completion_minutes").flatMap(Int.init), clock: form.text("clock"))
        do {
            let updated = try await services.serviceLevels.setTarget(
                try ServiceLevelRoutes.target(body), category: code, logger: context.logger)
            return ConsolePage.redirect(
                page,
                Flash(.success, "Target \(updated.name) disimpan; batas waktu laporan terbuka dihitung ulang."),
                cookies: services.cookies)
        } catch is APIError {
            return ConsolePage.redirect(
                page, Flash(.error, "Target selesai harus minimal target respons dan paling lama setahun."),
                cookies: services.cookies)
        }
    }

}

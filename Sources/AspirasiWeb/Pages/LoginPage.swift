/// `GET /console/login`: username and password, nothing else.
public enum LoginPage {
    public static func render(csrfToken: String, username: String = "", error: String? = nil, next: String? = nil)
        -> HTML
    {
        let fields: HTML = """
            <input type="hidden" name="next" value="\(next ?? "")">
            <div class="field"><label for="username">Nama pengguna</label>
            <input type="text" id="username" name="username" value="\(username)" autocomplete="username"
             autocapitalize="none" spellcheck="false" required autofocus></div>
            <div class="field"><label for="password">Kata sandi</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required></div>
            <button type="submit">Masuk</button>
            """
        return Layout.page(
            title: "Masuk", viewer: nil, flash: error.map { Flash(.error, $0) },
            """
            <section class="card login">
            <h1>Masuk</h1>
            \(Form.post("/console/login", csrf: csrfToken, fields))
            </section>
            """)
    }
}

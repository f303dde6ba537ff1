import Foundation

/// Feeds written inline so the tests read as documentation of what we accept.
enum Fixtures {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"
            xmlns:content="http://purl.org/rss/1.0/modules/content/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:georss="http://www.georss.org/georss"
            xmlns:media="http://search.yahoo.com/mrss/"
            xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Balai Warga - Laporan Terbaru</title>
            <link>https://balaiwarga.example.id/</link>
            <atom:link href="https://balaiwarga.example.id/latest.rss" rel="self" type="application/rss+xml"/>
            <description>Topik terbaru</description>
            <ttl>30</ttl>
            <item>
              <title>Jalan berlubang di Jl. Merdeka &amp; Jl. Sudirman</title>
              <dc:creator><![CDATA[budi_santoso]]></dc:creator>
              <category>Infrastruktur</category>
              <category>Jalan</category>
              <category>Infrastruktur</category>
              <description><![CDATA[<p>Ringkasan singkat</p>]]></description>
              <content:encoded><![CDATA[
                <p>Lubang besar di depan <b>SDN&nbsp;3</b> &mdash; sudah 2 minggu.</p>
                <p>Mohon segera diperbaiki &amp; diberi rambu.<br>Terima kasih.</p>
                <ul><li>Lebar ±1 m</li><li>Dalam 30 cm</li></ul>
                <script>alert("x")</script>
                <img src="https://balaiwarga.example.id/uploads/lubang.jpg" alt="">
              ]]></content:encoded>
              <link>https://balaiwarga.example.id/t/jalan-berlubang/123</link>
              <pubDate>Mon, 06 May 2024 08:15:00 +0700</pubDate>
              <guid isPermaLink="false">balaiwarga.example.id-topic-123</guid>
              <enclosure url="https://balaiwarga.example.id/uploads/lubang.jpg" length="123456" type="image/jpeg"/>
              <enclosure url="https://balaiwarga.example.id/uploads/laporan.pdf" length="999" type="application/pdf"/>
              <media:thumbnail url="/uploads/lubang-thumb.jpg"/>
              <georss:point>-6.2088 106.8456</georss:point>
            </item>
            <item>
              <title>Lampu jalan mati</title>
              <author>warga@example.id (Siti Aminah)</author>
              <description>Lampu di gang 5 mati sejak &lt;b&gt;Senin&lt;/b&gt; malam.</description>
              <link>/t/lampu-jalan-mati/124</link>
              <pubDate>5 May 24 21:00 GMT</pubDate>
            </item>
            <item>
              <title>Tanpa guid dan link</title>
              <description>Isi</description>
              <pubDate>Sun, 05 May 2024 10:00:00 Z</pubDate>
            </item>
          </channel>
        </rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
          <title type="text">Balai Warga</title>
          <link href="https://forum.example.id/" rel="alternate"/>
          <link href="https://forum.example.id/feed.atom" rel="self"/>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2024-05-06T01:15:00Z</updated>
          <author><name>Admin Balai</name></author>
          <entry>
            <title type="html">Banjir &lt;em&gt;RT 05&lt;/em&gt;</title>
            <link rel="self" href="https://forum.example.id/api/posts/77"/>
            <link rel="alternate" type="text/html" href="https://forum.example.id/t/banjir/77"/>
            <link rel="enclosure" type="image/png" href="https://forum.example.id/img/banjir.png"/>
            <id>tag:forum.example.id,2024:post-77</id>
            <updated>2024-05-06T08:15:30.250+07:00</updated>
            <author><name>rina</name><email>rina@example.id</email></author>
            <category term="banjir" label="Banjir"/>
            <summary>Ringkasan</summary>
            <content type="html">&lt;p&gt;Air setinggi 50&amp;nbsp;cm&lt;/p&gt;
              &lt;p&gt;Caf&amp;#233; tutup&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Sampah menumpuk</title>
            <link href="https://forum.example.id/t/sampah/78"/>
            <id>tag:forum.example.id,2024:post-78</id>
            <published>2024-05-05T10:00:00Z</published>
            <updated>2024-05-06T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
              <p>Sudah <b>3 hari</b>.</p><p>Bau.</p></div></content>
          </entry>
        </feed>
        """

    static let xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title>
        <item><title>&xxe;</title><description>&xxe;</description><guid>1</guid></item>
        </channel></rss>
        """

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ELEMENT lolz (#PCDATA)>
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>
        """

    static let publicDoctype = """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old</title></channel></rss>
        """

    static func data(_ text: String) -> Data { Data(text.utf8) }
}

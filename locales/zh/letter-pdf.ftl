# Letters sent as PDF files (issue 33).
letter-pdf-received = 已收到 PDF 文件（第 { $count } 个文件）。请继续发送其他页面，或按“✅ 发完了”。
letter-pdf-too-large = 这个 PDF 文件太大了（超过 { $max } MB）。请把每一页拍照（或截图）发给我。

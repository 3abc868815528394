"""Language data for repair, kept as tables apart from the code that uses them.

``AABB_BASES``: two-character words whose AABB form is ordinary Chinese (平安 -> 平平安安).
A run of doubled characters that spells only such words is left alone, however long.
"""

from __future__ import annotations

_AABB_TABLE = """
    平安 健康 快乐 高兴 明白 清楚 干净 漂亮 认真 仔细 踏实 实在 热闹 开心 舒服 整齐
    安静 轻松 简单 普通 老实 规矩 大方 客气 辛苦 忙碌 匆忙 随便 马虎 糊涂 大小 上下
    前后 左右 进出 来往 风雨 日夜 时刻 家户 世代 男女 老少 里外 方正 完整 和美 红火
    甜蜜 团圆 顺当 利落 稳当 扎实 痛快 爽快 明亮 堂正 光明 正大 斯文 恩爱 欢喜 亲热
    沸扬 浩荡 轰烈 熙攘 密麻 花绿 吞吐 吵闹 打闹 说笑 哭啼 修补 缝补 拉扯 指点 勤恳
    兢业 战兢 形色 影绰 朝暮 年月 条框 坑洼 瓶罐 婆妈 叨唠 磕碰 弯曲 曲折 零碎 零散
    走看 吃喝 蹦跳 来回 停走 写画 洗涮 挑拣
"""

AABB_BASES: frozenset[str] = frozenset(_AABB_TABLE.split())
